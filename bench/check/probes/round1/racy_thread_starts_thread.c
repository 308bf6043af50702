/* TRUTH: racy. parent starts child and does NOT join it; main joins parent and then
   writes `result`, which the child may still be writing. */
#include <pthread.h>
int result;
void *child(void *arg) { result = 1; return NULL; }
void *parent(void *arg) {
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  pthread_detach(c);
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, parent, NULL);
  pthread_join(p, NULL);
  result = 2;
  return result;
}
