/* TRUTH: racy — two threads sprintf into the same global line buffer */
#include <pthread.h>
#include <stdio.h>
char line[64];
void *w(void *a){ sprintf(line, "thread %ld", (long)a); return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return line[0];
}
