/* TRUTH: racy. memcpy overwrites h with t2's id; join(h) joins the idle thread, the writer still runs. */
#include <pthread.h>
#include <string.h>
int x;
void *wr(void *p) { (void)p; x = 3; return 0; }
void *idle(void *p) { (void)p; return 0; }
int main(void) {
  pthread_t h, t2;
  pthread_create(&h, 0, wr, 0); pthread_create(&t2, 0, idle, 0);
  memcpy(&h, &t2, sizeof h);
  pthread_join(h, 0);
  return x; }
