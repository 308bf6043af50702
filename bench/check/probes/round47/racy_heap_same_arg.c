/* TRUTH: racy — the same malloc'd job struct is handed to both workers, which both write job->result */
#include <pthread.h>
#include <stdlib.h>
struct job { int input; int result; };
void *run(void *p) {
  struct job *j = p;
  j->result = j->input * 2;
  return 0;
}
int main(void) {
  struct job *j = malloc(sizeof *j);
  pthread_t t[2];
  int i;
  if (!j) return 0;
  j->input = 21;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, run, j);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  free(j);
  return 0;
}
