/* racy: one heap request is reused for both threads; main rewrites r->id for thread 2 while thread 1 reads it */
#include <pthread.h>
#include <stdlib.h>
struct req { int id; int reply; };
int replies[2];
void *handler(void *p) { struct req *r = p; replies[r->id & 1] = r->id * 2; return NULL; }
int main(void) {
  pthread_t t[2];
  struct req *r = malloc(sizeof *r);
  if (!r) return 1;
  for (int i = 0; i < 2; i++) { r->id = i; pthread_create(&t[i], NULL, handler, r); }
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  free(r);
  return replies[0];
}
