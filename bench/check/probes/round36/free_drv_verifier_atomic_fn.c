/* TRUTH: free — the register counters reg_in/reg_out are only touched inside functions named __VERIFIER_atomic_* (hw_push/hw_pop bodies), which run as one atomic section each and exclude each other; main reads after joining both threads. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int fifo[4];
static int reg_in, reg_out;
static void __VERIFIER_atomic_hw_push(int v) { if (reg_in - reg_out < 4) { fifo[reg_in % 4] = v; reg_in++; } }
static int __VERIFIER_atomic_hw_pop(void) { int v = -1; if (reg_out < reg_in) { v = fifo[reg_out % 4]; reg_out++; } return v; }
struct hw_ops { void (*push)(int); int (*pop)(void); };
static struct hw_ops hw = { __VERIFIER_atomic_hw_push, __VERIFIER_atomic_hw_pop };
static void *irq(void *a) { hw.push(__VERIFIER_nondet_int()); hw.push(1); return 0; }
static void *rd(void *a) { hw.pop(); hw.pop(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, irq, 0);
  pthread_create(&b, 0, rd, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return reg_in - reg_out;
}
