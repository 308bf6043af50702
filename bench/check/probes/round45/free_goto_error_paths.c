/* TRUTH: free — error gotos jump only before any thread exists or to a label that joins the started thread */
#include <pthread.h>
int acc;
void *w(void *x){ acc += 2; return 0; }
int main(int argc, char **argv){
  pthread_t t;
  int started = 0;
  if (argc > 5) goto fail;
  if (pthread_create(&t,0,w,0)) goto fail;
  started = 1;
  if (argc > 2) goto done;
  argc++;
done:
  if (started) pthread_join(t,0);
  acc += 1;
  return acc;
fail:
  acc = -1;
  return acc;
}
