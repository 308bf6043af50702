/* TRUTH: free — thread t writes arr[2t],arr[2t+1]: disjoint */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int arr[8]; int ids[2]={0,1};
void *t1(void *arg){ (void)arg; int t=*(int*)arg; arr[2*t]=1; arr[2*t+1]=1; return 0; }
void *t2(void *arg){ (void)arg; int t=*(int*)arg; arr[2*t]=1; arr[2*t+1]=1; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,&ids[0]); pthread_create(&tb,0,t2,&ids[1]);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
