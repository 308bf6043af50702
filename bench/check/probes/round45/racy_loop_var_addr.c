/* TRUTH: racy — &i is passed to each thread; the loop's i++ in main races with the thread's read of *p */
#include <pthread.h>
int seen[4];
void *w(void *a){ int *p = a; return (void*)(long)*p; }
int main(void){
  pthread_t t[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i],0,w,&i);
  for (int j = 0; j < 4; j++) pthread_join(t[j],0);
  return seen[0];
}
