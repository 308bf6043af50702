/* TRUTH: free — A's strlen(&p[2]) reads buf[2..] only; B writes p[1] (before the start) */
#include <pthread.h>
#include <string.h>
char buf[8] = "abcdefg";
size_t n;
void *A(void *a){ char *p = a; n = strlen(&p[2]); return 0; }
void *B(void *a){ char *p = a; p[1] = 'x'; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,buf); pthread_create(&t2,0,B,buf);
  pthread_join(t1,0); pthread_join(t2,0); return (int)n != 5; }
