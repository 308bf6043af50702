/* racy: producers increment count after releasing the mutex, racing with consumers' count-- under the lock */
#include <pthread.h>
#define CAP 3
#define ITEMS 6
int buf[CAP], in, out, count;
long consumed;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t notfull = PTHREAD_COND_INITIALIZER, notempty = PTHREAD_COND_INITIALIZER;
void *prod(void *p) {
  (void)p;
  for (int i = 0; i < ITEMS; i++) {
    pthread_mutex_lock(&m);
    while (count == CAP) pthread_cond_wait(&notfull, &m);
    buf[in] = i; in = (in + 1) % CAP;
    pthread_cond_signal(&notempty);
    pthread_mutex_unlock(&m);
    count++;
  }
  return NULL;
}
void *cons(void *p) {
  (void)p;
  for (int i = 0; i < ITEMS; i++) {
    pthread_mutex_lock(&m);
    while (count == 0) pthread_cond_wait(&notempty, &m);
    consumed += buf[out]; out = (out + 1) % CAP; count--;
    pthread_cond_signal(&notfull);
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
int main(void) {
  pthread_t t[4];
  pthread_create(&t[0], NULL, prod, NULL);
  pthread_create(&t[1], NULL, prod, NULL);
  pthread_create(&t[2], NULL, cons, NULL);
  pthread_create(&t[3], NULL, cons, NULL);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  return (int)consumed;
}
