/* TRUTH: racy — fn returns &static c to both threads */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
int own[2]; int ids[2]={0,1}; static int *get(int t){ static int c; (void)t; return &c; }
void *t1(void *arg){ (void)arg; *get(*(int*)arg) = 1; return 0; }
void *t2(void *arg){ (void)arg; *get(*(int*)arg) = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  
  pthread_create(&ta,0,t1,&ids[0]); pthread_create(&tb,0,t2,&ids[1]);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
