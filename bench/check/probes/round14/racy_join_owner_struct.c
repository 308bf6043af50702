/* racy: thread k writes slot[(k+1)%N] through a struct index; main joins t[i] and writes slot[i], still used by t[i-1]... k+1 mapping: slot[0] written by t[N-1] */
#include <pthread.h>
#define N 4
struct job { int out; int idx; } jobs[N];
int slot[N];
void *w(void *a){ struct job *j = a; slot[j->idx] = 7; return 0; }
int main(void){ pthread_t t[N]; long sum = 0;
  for (int i = 0; i < N; i++) { jobs[i].idx = (i + 1) % N; pthread_create(&t[i], 0, w, &jobs[i]); }
  for (int i = 0; i < N; i++) { pthread_join(t[i], 0); slot[i] = 0; }
  return (int)sum; }
