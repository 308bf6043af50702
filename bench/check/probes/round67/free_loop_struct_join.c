/* TRUTH: free — handle is a struct field, joined right after create; sequential */
#include <pthread.h>
int x;
struct w { pthread_t th; int id; };
void *f(void *a){ x++; return 0; }
int main(void){ struct w s; for (int i=0;i<4;i++){ pthread_create(&s.th,0,f,0); pthread_join(s.th,0);} return x; }
