/* racy: consumers lock m2 while producers lock m, so buf/count/in/out are accessed under different locks */
#include <pthread.h>
#define CAP 3
int buf[CAP], in, out, count;
long consumed;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
void *prod(void *p) {
  (void)p;
  for (int i = 0; i < 6; i++) {
    pthread_mutex_lock(&m);
    if (count < CAP) { buf[in] = i; in = (in + 1) % CAP; count++; }
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
void *cons(void *p) {
  (void)p;
  for (int i = 0; i < 6; i++) {
    pthread_mutex_lock(&m2);
    if (count > 0) { consumed += buf[out]; out = (out + 1) % CAP; count--; }
    pthread_mutex_unlock(&m2);
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return (int)consumed;
}
