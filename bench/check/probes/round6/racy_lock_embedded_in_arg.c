/* TRUTH: racy. Each thread locks the mutex embedded in its OWN arg struct; counter is shared. */
#include <pthread.h>
int counter;
struct arg { pthread_mutex_t m; int id; };
void *w(void *p) { struct arg *a = p; pthread_mutex_lock(&a->m); counter++; pthread_mutex_unlock(&a->m); return 0; }
int main(void) {
  struct arg a[2]; pthread_t t[2]; int i;
  for (i = 0; i < 2; i++) { pthread_mutex_init(&a[i].m, 0); a[i].id = i; pthread_create(&t[i], 0, w, &a[i]); }
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return counter; }
