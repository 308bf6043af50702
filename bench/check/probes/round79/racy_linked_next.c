/* TRUTH: racy — head->next = head (self loop), both write n1.val */
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <stdlib.h>
#include <stdio.h>
struct N{int val; struct N *next;}; struct N n1, n2; struct N *head=&n1;
void *t1(void *arg){ (void)arg; head->val = 1; return 0; }
void *t2(void *arg){ (void)arg; head->next->val = 2; return 0; }
int main(void){
  pthread_t ta, tb;
  n1.next=&n1;
  pthread_create(&ta,0,t1,0); pthread_create(&tb,0,t2,0);
  pthread_join(ta,0); pthread_join(tb,0);
  return 0;
}
