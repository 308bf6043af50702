/* TRUTH: free — main initialises the malloc'd job before create, the thread alone writes it, main reads after join */
#include <pthread.h>
#include <stdlib.h>
struct job { int in; int out; int status; };

void *run(void *arg)
{
  struct job *j = arg;
  if (j->in < 0) {
    j->status = -1;
    return NULL;
  }
  j->out = j->in * 2;
  j->status = 0;
  return NULL;
}

int main(void)
{
  pthread_t t;
  struct job *j = malloc(sizeof *j);
  if (!j)
    return 1;
  j->in = 21;
  j->out = 0;
  j->status = 1;
  pthread_create(&t, NULL, run, j);
  pthread_join(t, NULL);
  int r = j->status == 0 && j->out == 42;
  free(j);
  return !r;
}
