/* TRUTH: free. parent joins child before writing; main joins parent before reading. */
#include <pthread.h>
int result;
void *child(void *arg) { result = 1; return NULL; }
void *parent(void *arg) {
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  pthread_join(c, NULL);
  result++;
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, parent, NULL);
  pthread_join(p, NULL);
  return result;
}
