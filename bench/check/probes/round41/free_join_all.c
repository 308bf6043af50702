/* TRUTH: free — threads increment hits under m; main reads hits (line 9) after joining all 3 threads over the creation range. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits;
void *w(void *a) { pthread_mutex_lock(&m); hits++; pthread_mutex_unlock(&m); return 0; }
int main(void) { pthread_t t[3]; int i;
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, w, 0);
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  return hits; }
