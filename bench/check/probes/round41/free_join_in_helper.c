/* TRUTH: free — main starts two workers through start_all and joins both in join_all before reading total (line 11: return total); workers' writes (line 5) are under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; int total; pthread_t th[2];
void *w(void *a) {
  pthread_mutex_lock(&m); total += 3; pthread_mutex_unlock(&m); return 0; }
static void start_all(void) { for (int i = 0; i < 2; i++) pthread_create(&th[i], 0, w, 0); }
static void join_all(void) { for (int i = 0; i < 2; i++) pthread_join(th[i], 0); }
int main(void) {
  start_all();
  join_all();
  return total; }
