/* TRUTH: free — global max updated with a __atomic_compare_exchange_n loop and read with __atomic_load_n; all accesses atomic */
#include <pthread.h>
#include <stdint.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

int gmax = -1;
int inputs[4];

static void update_max(int v) {
  int cur = __atomic_load_n(&gmax, __ATOMIC_RELAXED);
  while (v > cur) {
    if (__atomic_compare_exchange_n(&gmax, &cur, v, 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
      break;
  }
}

void *w(void *arg) {
  int id = (int)(intptr_t)arg;
  update_max(inputs[id]);
  return 0;
}

int main(void) {
  pthread_t t[4];
  int i, m = -1;
  for (i = 0; i < 4; i++) {
    inputs[i] = __VERIFIER_nondet_int() & 0xff;
    if (inputs[i] > m) m = inputs[i];
  }
  for (i = 0; i < 4; i++) pthread_create(&t[i], 0, w, (void *)(intptr_t)i);
  for (i = 0; i < 4; i++) pthread_join(t[i], 0);
  if (__atomic_load_n(&gmax, __ATOMIC_RELAXED) != m) reach_error();
  return 0;
}
