/* TRUTH: racy. A detached thread updates `hits` while main also updates it; nothing
   orders them. */
#include <pthread.h>
#include <unistd.h>
int hits;
void *bg(void *arg) { hits++; return NULL; }
int main(void) {
  pthread_t t;
  pthread_attr_t a;
  pthread_attr_init(&a);
  pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
  pthread_create(&t, &a, bg, NULL);
  hits++;
  sleep(1);
  return 0;
}
