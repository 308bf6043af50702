/* TRUTH: free — thread id strcpy's into names[id] only; the rows are distinct */
#include <pthread.h>
#include <string.h>
#include <stdio.h>
char names[4][16];
void *w(void *a){ long id = (long)a; char tmp[16]; snprintf(tmp, sizeof tmp, "w%ld", id); strcpy(names[id], tmp); return 0; }
int main(void){
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i],0);
  return names[2][1];
}
