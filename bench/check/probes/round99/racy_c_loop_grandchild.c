/* TRUTH: racy — each pass joins its child, but the child leaves a never-joined grandchild writing 'total'; grandchildren of successive passes overlap */
#include <pthread.h>
static int total;
static void *grandchild(void *a) { (void)a; total++; return 0; }
static void *child(void *a) {
  (void)a;
  pthread_t g;
  pthread_create(&g, 0, grandchild, 0);
  return 0;
}
int main(void) {
  for (int i = 0; i < 3; i++) {
    pthread_t t;
    pthread_create(&t, 0, child, 0);
    pthread_join(t, 0);
  }
  return 0;
}
