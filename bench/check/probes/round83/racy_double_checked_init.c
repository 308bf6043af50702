/* TRUTH: racy — double-checked initialisation reads `inited` without the lock while another thread writes it under the lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int inited = 0;
int table[4];

void ensure_init(void) {
  if (!inited) {
    pthread_mutex_lock(&m);
    if (!inited) {
      int i;
      for (i = 0; i < 4; i++) table[i] = i + 1;
      inited = 1;
    }
    pthread_mutex_unlock(&m);
  }
}

void *user(void *arg) {
  int k = __VERIFIER_nondet_int();
  __VERIFIER_assume(k >= 0 && k < 4);
  ensure_init();
  if (!(table[k] == k + 1)) reach_error();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
