/* TRUTH: racy. (void *)(unsigned char)256 is a null pointer: thread b takes the unlocked else branch */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t(void *arg) {
  if (arg) {
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
  } else {
    x++;
  }
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)(unsigned char)256);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
