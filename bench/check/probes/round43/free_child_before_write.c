/* TRUTH: free — parent writes cfg before creating child (create orders it), child only reads; main reads after joining parent, which joined child */
#include <pthread.h>
int cfg;
void *child(void *a) { return (void *)(long)cfg; }
void *parent(void *a) {
  pthread_t c;
  cfg = 8;
  pthread_create(&c, 0, child, 0);
  pthread_join(c, 0);
  return 0;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, 0, parent, 0);
  pthread_join(p, 0);
  return cfg;
}
