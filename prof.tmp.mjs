const pkgs = ['zod','express','bullmq','ulid','web-push','cookie','yaml','socket.io','saxes','rate-limit-redis','prom-client','pino','jose','ioredis','express-rate-limit','cyrillic-to-translit-js','@bull-board/express','@bull-board/api/bullMQAdapter','@bull-board/api'];
for (const p of pkgs) await import(p);
const { Session } = await import('node:inspector/promises');
const s = new Session(); s.connect(); await s.post('Profiler.enable'); await s.post('Profiler.setSamplingInterval',{interval:100}); await s.post('Profiler.start');
const r = process.hrtime.bigint(); const c0=process.cpuUsage();
await import('/work/main/dist/src/roles/http-role.js'); await import('/work/main/dist/workers/classify-worker.js').catch(()=>{});
console.log('own', Number(process.hrtime.bigint()-r)/1e6|0, process.cpuUsage(c0));
const { profile: p } = await s.post('Profiler.stop');
const byId=new Map(p.nodes.map(n=>[n.id,n]));
const self=new Map();
for(let i=0;i<p.samples.length;i++){self.set(p.samples[i],(self.get(p.samples[i])||0)+p.timeDeltas[i]);}
const agg=new Map();
for(const [id,t] of self){const n=byId.get(id);const k=(n.callFrame.url.replace(/.*\/dist\//,'')||'')+' '+n.callFrame.functionName+':'+n.callFrame.lineNumber;agg.set(k,(agg.get(k)||0)+t);}
console.log([...agg].sort((a,b)=>b[1]-a[1]).slice(0,25).map(([k,t])=>(t/1000).toFixed(1)+'ms '+k).join('\n'));
process.exit(0);
