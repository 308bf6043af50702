/* TRUTH: free — main fills the job before create and never touches it again; the thread reads and frees it */
#include <pthread.h>
#include <stdlib.h>
struct Job { int a, b; };
void *w(void *x){ struct Job *j = x; int r = j->a + j->b; j->a = 0; free(j); return (void*)(long)r; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    struct Job *j = malloc(sizeof *j); j->a = i; j->b = 2 * i;
    pthread_create(&t[i],0,w,j);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
