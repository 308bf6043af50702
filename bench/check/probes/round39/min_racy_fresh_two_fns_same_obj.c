/* TRUTH: racy — each loop iteration allocates one job and hands the same pointer to two different thread functions (reader and bumper): bumper's `j->n++` races with reader's read of j->n on the same object. */
#include <pthread.h>
#include <stdlib.h>
struct job { int n; int seen; };
static void *bumper(void *p) { struct job *j = p; j->n++; return 0; }
static void *reader(void *p) { struct job *j = p; j->seen = j->n; return 0; }
int main(void) {
  pthread_t a[2], b[2];
  for (int i = 0; i < 2; i++) {
    struct job *j = calloc(1, sizeof *j);
    if (!j) return 1;
    pthread_create(&a[i], 0, bumper, j);
    pthread_create(&b[i], 0, reader, j);
  }
  for (int i = 0; i < 2; i++) {
    pthread_join(a[i], 0);
    pthread_join(b[i], 0);
  }
  return 0;
}
