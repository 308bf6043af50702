/* TRUTH: racy — all threads do hits++ under m (line 5), but main reads hits (line 9) after joining only t[0] and t[1]; t[2] may still write hits under m while main reads without m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits;
void *w(void *a) { pthread_mutex_lock(&m); hits++; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t t[3]; int i;
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, w, 0);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return hits; }
