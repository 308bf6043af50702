/* TRUTH: racy — u.i[1] (bytes 4..7) and u.c[4] overlap; checker compares element 1 vs element 4 */
#include <pthread.h>
union U { int i[2]; char c[8]; } u;
void *A(void *a){ int *p = a; p[1] = 1; return 0; }
void *B(void *a){ char *p = a; p[4] = 2; return 0; }
int main(void){ pthread_t t1,t2; pthread_create(&t1,0,A,u.i); pthread_create(&t2,0,B,u.c);
  pthread_join(t1,0); pthread_join(t2,0); return 0; }
