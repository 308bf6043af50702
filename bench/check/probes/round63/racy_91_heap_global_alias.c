/* TRUTH: racy — main stores its malloc'd block in global g_blk and passes it to writer_a; writer_b writes *g_blk: both write the same int concurrently */
#include <pthread.h>
#include <stdlib.h>
static int *g_blk;
static void *writer_a(void *p) { int *b = p; *b = 1; return 0; }
static void *writer_b(void *p) { (void)p; *g_blk = 2; return 0; }
int main(void) {
  int *blk = malloc(sizeof *blk);
  if (!blk) return 1;
  g_blk = blk;
  pthread_t a, b;
  pthread_create(&a, 0, writer_a, blk); pthread_create(&b, 0, writer_b, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  free(blk);
  return 0;
}
