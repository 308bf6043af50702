/* TRUTH: racy — each user passes its OWN pthread_once_t, so init_config runs in both threads concurrently and both write config */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_once_t once_a = PTHREAD_ONCE_INIT;
pthread_once_t once_b = PTHREAD_ONCE_INIT;
int config[4];
int used[2];

void init_config(void) {
  int i;
  for (i = 0; i < 4; i++)
    config[i] = i * 3;
}

void *user(void *arg) {
  int id = *(int *)arg;
  pthread_once(id == 0 ? &once_a : &once_b, init_config);
  used[id] = config[id + 1];
  return 0;
}

int main(void) {
  pthread_t a, b;
  int ia = 0, ib = 1;
  pthread_create(&a, 0, user, &ia);
  pthread_create(&b, 0, user, &ib);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(used[0] == 3 && used[1] == 6)) reach_error();
  return 0;
}
