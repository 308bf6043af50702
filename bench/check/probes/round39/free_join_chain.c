/* TRUTH: free — pipeline by joins: stage2 joins stage1 (handle published in a global before stage2 is created), main joins stage2 and only then reads `stage_out`; stage1's write happens before stage2's end (join), which happens before main's read (join). stage2 reads stage_out after its own join of stage1. */
#include <pthread.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static pthread_t stage1_handle;
static int stage_out;
static void *stage1(void *arg) {
  (void)arg;
  stage_out = 5;
  return NULL;
}
static void *stage2(void *arg) {
  (void)arg;
  pthread_join(stage1_handle, NULL);
  stage_out = stage_out * 2;
  return NULL;
}
int main(void) {
  pthread_t t2;
  pthread_create(&stage1_handle, NULL, stage1, NULL);
  pthread_create(&t2, NULL, stage2, NULL);
  pthread_join(t2, NULL);
  if (stage_out != 10) reach_error();
  return 0;
}
