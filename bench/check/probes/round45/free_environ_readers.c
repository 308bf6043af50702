/* TRUTH: free — both threads only read the environ array; nobody modifies the environment */
#include <pthread.h>
#include <unistd.h>
extern char **environ;
void *w(void *x){ long n = 0; for (char **e = environ; *e; e++) n += (*e)[0]; return (void*)n; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
