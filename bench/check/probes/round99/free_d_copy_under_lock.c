/* TRUTH: free — both localtime calls and the copy are done under one mutex */
#include <pthread.h>
#include <time.h>
static time_t stamp = 1700000000;
static pthread_mutex_t tm_lock = PTHREAD_MUTEX_INITIALIZER;
static void *ticker(void *a) {
  (void)a;
  for (int i = 0; i < 100; i++) {
    pthread_mutex_lock(&tm_lock);
    localtime(&stamp);
    pthread_mutex_unlock(&tm_lock);
  }
  return 0;
}
int main(void) {
  pthread_t t;
  struct tm now;
  pthread_create(&t, 0, ticker, 0);
  pthread_mutex_lock(&tm_lock);
  now = *localtime(&stamp);
  pthread_mutex_unlock(&tm_lock);
  pthread_join(t, 0);
  return now.tm_hour & 1;
}
