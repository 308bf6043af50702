/* Re-executes itself once with an empty environment: the new image must still be traced. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char *env[] = {NULL};

    if (argc > 1 && strcmp(argv[1], "again") == 0) {
        printf("second image\n");
        return 4;
    }
    printf("first image\n");
    fflush(stdout);
    execve("/proc/self/exe", (char *[]){argv[0], "again", NULL}, env);
    perror("execve");
    return 1;
}
