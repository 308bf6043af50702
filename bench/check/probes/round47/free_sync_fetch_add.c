/* TRUTH: free — hits modified only via __sync_fetch_and_add/__sync_fetch_and_sub in threads; main reads after join */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }
int hits;
void *up(void *a) { __sync_fetch_and_add(&hits, 2); return 0; }
void *down(void *a) { __sync_fetch_and_sub(&hits, 1); return 0; }
int main(void) {
  pthread_t p, q;
  pthread_create(&p, 0, up, 0);
  pthread_create(&q, 0, down, 0);
  pthread_join(p, 0);
  pthread_join(q, 0);
  if (hits != 1) reach_error();
  return 0;
}
