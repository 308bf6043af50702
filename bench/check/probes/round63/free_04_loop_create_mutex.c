/* TRUTH: free — workers increment count only under mtx; main reads count after joining all workers */
#include <pthread.h>
#define N 5
static int count;
static pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
static void *bump(void *p) { (void)p; for (int k = 0; k < 3; k++) { pthread_mutex_lock(&mtx); count++; pthread_mutex_unlock(&mtx); } return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, bump, 0);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return count == 15 ? 0 : 1;
}
