/* TRUTH: free — A printf("%s", &p[2]) reads buf[2..]; B writes p[0]; buf[2..] stays "cd" */
#include <pthread.h>
#include <stdio.h>
char buf[8] = "abcd";
void *A(void *a){ char *p = a; printf("%s\n", &p[2]); return 0; }
void *B(void *a){ char *p = a; p[0] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
