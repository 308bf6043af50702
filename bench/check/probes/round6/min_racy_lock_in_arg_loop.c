/* TRUTH: racy. Each thread locks the mutex in its own array element (two distinct mutexes); c is shared. */
#include <pthread.h>
int c;
struct arg { pthread_mutex_t m; };
void *w(void *p) { struct arg *a = p; pthread_mutex_lock(&a->m); c++; pthread_mutex_unlock(&a->m); return 0; }
int main(void) { struct arg a[2]; pthread_t t[2]; int i;
  for (i = 0; i < 2; i++) { pthread_mutex_init(&a[i].m, 0); pthread_create(&t[i], 0, w, &a[i]); }
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return c; }
