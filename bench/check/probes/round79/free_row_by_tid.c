/* TRUTH: free — thread t writes row m[t][*], tids 0 and 1 */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int m[2][4]; int ids[2]={0,1};
void *t1(void *arg){ (void)arg; int t=*(int*)arg; for(int j=0;j<4;j++) m[t][j]=t; return 0; }
void *t2(void *arg){ (void)arg; int t=*(int*)arg; for(int j=0;j<4;j++) m[t][j]=t; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,&ids[0]); pthread_create(&tb,0,t2,&ids[1]);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
