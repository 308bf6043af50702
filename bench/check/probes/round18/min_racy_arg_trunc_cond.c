/* TRUTH: racy. (void *)(unsigned char)256 is null: thread b writes x in the unlocked branch */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t(void *arg) {
  if (arg) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); }
  else x++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)(unsigned char)256);
  return 0;
}
