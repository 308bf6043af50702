/* TRUTH: racy. work((unsigned char)256) passes 0: thread b takes the unlocked branch */
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
void *ta(void *arg) { work(1); return 0; }
void *tb(void *arg) { work((unsigned char)256); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, ta, 0);
  pthread_create(&b, 0, tb, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
