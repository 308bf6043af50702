/* TRUTH: racy — the pthread_key destructor `count_exit` runs in each exiting worker that set a non-NULL value (POSIX), so the two workers' `exits++` (plain) can run concurrently at thread exit. */
#include <pthread.h>
static pthread_key_t key;
static int exits;
static void count_exit(void *v) { (void)v; exits++; }
static void *w(void *p) {
  (void)p;
  pthread_setspecific(key, (void *)1);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_key_create(&key, count_exit);
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return exits == 2 ? 0 : 1;
}
