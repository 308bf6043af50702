/* TRUTH: racy. boss's child writes x while main's second thread (started after boss)
   writes x; nobody orders them. */
#include <pthread.h>
int x;
void *child(void *arg) { x = 5; return NULL; }
void *boss(void *arg) { pthread_t c; pthread_create(&c, NULL, child, NULL); pthread_join(c, NULL); return NULL; }
void *other(void *arg) { x = 6; return NULL; }
int main(void) {
  pthread_t b, o;
  pthread_create(&b, NULL, boss, NULL);
  pthread_create(&o, NULL, other, NULL);
  pthread_join(b, NULL); pthread_join(o, NULL);
  return x;
}
