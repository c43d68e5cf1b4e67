// ConnectionLimits: a gateway's connections per client address and in all, over Socket.IO and SSE alike.

/** Why a connection was not admitted: too many from its address, or the gateway is full. */
export interface ConnectionRefusal {
  code: 'rate_limited' | 'gateway_full';
  message: string;
}

/** An admitted connection's place; release it once, when the connection closes (later calls do nothing). */
export type ConnectionLease = () => void;

export interface ConnectionLimitsOptions {
  /** Connections one client address may hold. */
  perAddress: number;
  /** Connections the gateway holds in all. */
  total: number;
}

/**
 * @example
 * const limits = new ConnectionLimits({ perAddress: 10000, total: 20000 });
 * const admitted = limits.admit(address);
 * if ('code' in admitted) refuse(admitted); else res.on('close', admitted.release);
 */
export class ConnectionLimits {
  private readonly byAddress = new Map<string, number>();
  private count = 0;
  private readonly options: ConnectionLimitsOptions;

  constructor(options: ConnectionLimitsOptions) {
    this.options = options;
  }

  /** Connections held now. */
  get open(): number {
    return this.count;
  }

  /** Counts a connection from `address` when both limits allow one more. */
  admit(address: string): { release: ConnectionLease } | ConnectionRefusal {
    const fromAddress = this.byAddress.get(address) ?? 0;
    if (fromAddress >= this.options.perAddress) {
      return { code: 'rate_limited', message: `more than ${this.options.perAddress} connections from ${address}` };
    }
    if (this.count >= this.options.total) {
      return { code: 'gateway_full', message: `this gateway holds its limit of ${this.options.total} connections; retry, or use another gateway` };
    }
    this.byAddress.set(address, fromAddress + 1);
    this.count += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.count -= 1;
        const left = (this.byAddress.get(address) ?? 1) - 1;
        if (left > 0) this.byAddress.set(address, left);
        else this.byAddress.delete(address);
      },
    };
  }
}
