/* TRUTH: racy. work((unsigned char)(long)arg) passes 0 for arg 256: thread b writes x unlocked */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void work(long k) {
  if (k) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); }
  else x++;
}
void *t(void *arg) { work((unsigned char)(long)arg); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)256L);
  return 0;
}
