/* TRUTH: racy. work((char)(long)arg) gets 0 for 256: thread b takes the unlocked branch */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void work(long k) {
  if (k) {
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
  } else {
    x++;
  }
}
void *t(void *arg) { work((unsigned char)(long)arg); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)256L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
