/* TRUTH: free — main holds m; with v == 3 it joins b, which blocks on m forever, so main never writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *b(void *a) { pthread_mutex_lock(&m); pthread_mutex_unlock(&m); return 0; }
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_mutex_lock(&m);
  pthread_create(&id, 0, t, 0);
  if (v == 3) {
    pthread_t s;
    pthread_create(&s, 0, b, 0);
    pthread_join(s, 0);
  }
  if (v == 3) x++;
  pthread_join(id, 0);
  return 0;
}
