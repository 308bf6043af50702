/* racy: parent never joins child, so child's write of x races with parent's x = x + 1 */
#include <pthread.h>
#include <assert.h>
int x;
void *child(void *p) { (void)p; x = 1; return NULL; }
void *parent(void *p) {
  (void)p;
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  x = x + 1;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, parent, NULL);
  pthread_join(t, NULL);
  return x;
}
